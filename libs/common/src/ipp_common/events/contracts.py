"""Events published by the contracts service (Art. 46 … 49, 47-1, 61-1). Filled in by the contracts issue."""

"""Events published by the measures service (Art. 25 … 42-2, 62 … 65). Filled in by the measures issue."""

"""The shared kernel of the law: the Kazakhstan calendar, dated reference data, the BIN, the clock."""

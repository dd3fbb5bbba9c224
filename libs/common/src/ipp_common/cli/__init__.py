"""Command-line tools: tokens, the AsyncAPI document."""

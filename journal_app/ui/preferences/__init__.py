"""Settings, the first-run welcome, the sample journal, the daily reminder."""

"""The public portal: citizens' ideas (Public Idea), the innovation showcase, and duplicate detection."""

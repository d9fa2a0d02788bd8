"""Coach review: sharing a sealed review, and the coach's window on one (issue #20)."""

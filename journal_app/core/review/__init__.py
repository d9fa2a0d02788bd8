"""Coach review (issue #20): a sealed file the coach opens, reads with trends, and answers."""

"""PDF export drawn with Qt (QTextDocument, QPdfWriter) and no widgets, so the command line can
use it without the window."""

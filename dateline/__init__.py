"""dateline: dated news in, a sourced record of who did and said what, to whom, where and when."""

__version__ = "0.1.0"

"""The yearly report «Міжнародна співпраця»: page, PDF, charts (issue 4)."""

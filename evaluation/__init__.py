"""`make eval`: memory quality on a multi-call dataset (see ``evaluation.__main__``)."""

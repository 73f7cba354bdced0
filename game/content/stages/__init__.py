"""Each training stage's own parameters: one module per stage id, each with `Params` and `read_params(reader)`."""

"""Running on a laptop with no Azure account: Azurite as a child process, and a demo stream."""

"""The Azure-facing edge: triggers and HTTP routes parse, call one service, render, and map errors."""

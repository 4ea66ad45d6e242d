"""CLI commands, one module each: plain functions with typer annotations, registered on the
app by `diarium.cli` (importing a command module registers nothing). A command parses its
arguments, calls the Python API (`diarium.api`, `diarium.store`, `diarium.batch`) and prints."""

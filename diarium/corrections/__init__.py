"""corrections stage."""

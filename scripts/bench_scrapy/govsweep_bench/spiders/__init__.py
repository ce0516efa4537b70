"""The spider that crawls a served province."""

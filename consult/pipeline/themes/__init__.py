"""Theme coding: the codebook, zero-shot and learned coders, and discovery of new themes."""

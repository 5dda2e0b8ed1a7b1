"""Gradient Lab's Qt interface: one file per panel; panels draw and forward, core/ computes."""

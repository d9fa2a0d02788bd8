"""The journal's domain: storage, search and services. Never imports Qt."""

"""Qt widgets. They call the session, never SQLAlchemy or HTTP directly."""

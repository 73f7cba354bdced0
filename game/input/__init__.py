"""Input: pygame events and key states -> one InputFrame per player per tick."""

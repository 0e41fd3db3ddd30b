"""The PySide6 interface: windows, views, item models, dialogs. Calls app.services only."""

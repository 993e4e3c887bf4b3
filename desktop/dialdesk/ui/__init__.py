"""Everything that imports QtWidgets lives here: tray, dial box, settings, workers."""

"""Dialogs and screens: create a vault, unlock, settings, import, error messages."""

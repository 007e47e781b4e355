"""The main window's frame: the window, its actions and menus, what its commands do, the
meetings list, the features it installs, and how it was left (geometry, last meeting)."""

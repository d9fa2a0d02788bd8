"""The entry list (model, view, delegate), the sidebar, the search bar and the calendar."""

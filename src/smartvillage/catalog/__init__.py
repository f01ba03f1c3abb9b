"""Working with criteria sets as versioned data: inheritance, listing, diffs and lints."""

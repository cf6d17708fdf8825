// Written by issue 8's work in progress.

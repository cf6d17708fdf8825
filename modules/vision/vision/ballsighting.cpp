// Written by issue 9's work in progress.

"""The test suite: `tests.support` holds the helpers every test folder shares."""

"""Rules as data: tables read by small generic matchers elsewhere in the package."""

"""Incidents and questions: the incident dialog, the questions panel and dialog, incident kinds,
and the controller that keeps them beside the open entry."""

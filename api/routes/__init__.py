"""The API's routers, one per area; each route is a thin call into assistant.usecases."""

"""Names shared by every function's Powertools Logger/Metrics/Tracer."""

# EMF namespace of every metric; POWERTOOLS_METRICS_NAMESPACE may not be set in local runs.
METRICS_NAMESPACE = "ElevenLabsAgenticMemory"

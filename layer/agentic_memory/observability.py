"""The Powertools metrics every function shares (one EMF metric set per invocation)."""

from aws_lambda_powertools import Metrics

# EMF namespace of every metric; POWERTOOLS_METRICS_NAMESPACE may not be set in local runs.
METRICS_NAMESPACE = "ElevenLabsAgenticMemory"

# Powertools' Metrics instances share one metric set, flushed by the handler's @log_metrics: the
# layer adds to it here without knowing which function it runs in.
metrics = Metrics(namespace=METRICS_NAMESPACE)

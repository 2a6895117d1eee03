"""Prometheus metrics, in a registry owned by the app (no process-global collectors)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "transnorm_http_requests", "HTTP requests", ["method", "route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "transnorm_http_request_seconds",
            "HTTP request latency",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=self.registry,
        )
        self.sentences = Counter(
            "transnorm_sentences_translated", "Sentences translated", ["pair", "origin"], registry=self.registry
        )
        self.batch_sentences = Histogram(
            "transnorm_translation_batch_sentences",
            "Sentences handed to the translator per call",
            ["pair"],
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
            registry=self.registry,
        )
        self.documents = Counter(
            "transnorm_documents_processed", "Documents finished by workers", ["status"], registry=self.registry
        )
        self.queue_depth = Gauge(
            "transnorm_queue_depth", "Documents per status (read at scrape time)", ["status"], registry=self.registry
        )

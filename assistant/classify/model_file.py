"""The local classifier's trained model: its arrays, how they are saved and loaded, and the
models that ship inside the package (``make train``: :mod:`assistant.classify.shipped`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from assistant.classify.softmax import (
    SoftmaxModel,
)

MODES = ("fast", "accurate")  # the local models that ship trained (assistant/classify/trained)


@dataclass
class LocalModel:
    phase_ids: list[str]
    emotion_ids: list[str]
    phase: SoftmaxModel
    emotion: SoftmaxModel
    fingerprint: str
    # labelled examples as embeddings (not the taxonomy's definitions), for the neighbour vote
    pool: np.ndarray  # (examples, embedding dim)
    pool_phase: np.ndarray  # phase index per example, -1 when it teaches no phase
    pool_emotion: np.ndarray  # emotion index per example, -1 when it teaches no emotion
    pool_weight: np.ndarray
    phase_blend_t: float = 1.0
    emotion_blend_t: float = 1.0
    # valence first: a head for negative / neutral / positive, and each emotion's group
    valence: SoftmaxModel | None = None
    valence_blend_t: float = 1.0
    emotion_groups: np.ndarray | None = None  # per emotion: 0 negative, 1 neutral, 2 positive

    def save(self, path: Path, *, encoder: str = "", compact: bool = False) -> None:
        """Writes the model; ``compact`` keeps the pool vectors in float16 (shipped models)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            phase_w=self.phase.weights,
            phase_b=self.phase.bias,
            phase_t=self.phase.temperature,
            emotion_w=self.emotion.weights,
            emotion_b=self.emotion.bias,
            emotion_t=self.emotion.temperature,
            phase_ids=np.asarray(self.phase_ids),
            emotion_ids=np.asarray(self.emotion_ids),
            pool=self.pool.astype(np.float16) if compact else self.pool,
            pool_phase=self.pool_phase,
            pool_emotion=self.pool_emotion,
            pool_weight=self.pool_weight,
            blend_t=np.asarray([self.phase_blend_t, self.emotion_blend_t]),
            **self._valence_arrays(),  # type: ignore[arg-type]
            fingerprint=np.asarray(self.fingerprint),
            encoder=np.asarray(encoder),
        )
        tmp.replace(path)

    def _valence_arrays(self) -> dict[str, np.ndarray]:
        if self.valence is None or self.emotion_groups is None:
            return {}
        return {
            "valence_w": self.valence.weights,
            "valence_b": self.valence.bias,
            "valence_t": np.asarray([self.valence.temperature, self.valence_blend_t]),
            "emotion_groups": self.emotion_groups,
        }

    @staticmethod
    def _field(path: Path, name: str) -> str:
        try:
            with np.load(path) as data:
                return str(data[name]) if name in data.files else ""
        except (OSError, ValueError):
            return ""

    @classmethod
    def fingerprint_of(cls, path: Path) -> str:
        return cls._field(path, "fingerprint")

    @classmethod
    def encoder_of(cls, path: Path) -> str:
        return cls._field(path, "encoder")

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> LocalModel | None:
        """The model in ``path``, or None when it cannot be read or (for a file that records
        it) was trained on other examples than ``fingerprint`` says."""
        try:
            with np.load(path) as data:
                stored = str(data["fingerprint"]) if "fingerprint" in data.files else fingerprint
                if stored != fingerprint:
                    return None
                return cls(
                    [str(x) for x in data["phase_ids"]],
                    [str(x) for x in data["emotion_ids"]],
                    SoftmaxModel(data["phase_w"], data["phase_b"], float(data["phase_t"])),
                    SoftmaxModel(data["emotion_w"], data["emotion_b"], float(data["emotion_t"])),
                    fingerprint,
                    data["pool"].astype(np.float32),
                    data["pool_phase"],
                    data["pool_emotion"],
                    data["pool_weight"],
                    float(data["blend_t"][0]),
                    float(data["blend_t"][1]),
                    *cls._valence_from(data),
                )
        except (OSError, KeyError, ValueError, IndexError):
            return None

    @staticmethod
    def _valence_from(data: Any) -> tuple[SoftmaxModel | None, float, np.ndarray | None]:
        if "valence_w" not in data.files:
            return None, 1.0, None
        t, blend_t = (float(x) for x in data["valence_t"])
        return (
            SoftmaxModel(data["valence_w"], data["valence_b"], t),
            blend_t,
            data["emotion_groups"],
        )


def shipped_path(mode: str) -> Path:
    """Where the package keeps the trained model of ``mode`` (built by ``make train``)."""
    return Path(str(files("assistant.classify") / "trained" / f"{mode}.npz"))


def shipped_model(embedder_name: str, key: str) -> LocalModel | None:
    """The shipped model trained with ``embedder_name`` on the examples with fingerprint
    ``key``, or None when none matches (another encoder, other examples)."""
    for mode in MODES:
        path = shipped_path(mode)
        if path.exists() and LocalModel.encoder_of(path) == embedder_name:
            return LocalModel.load(path, key)
    return None

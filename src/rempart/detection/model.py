"""The statistical model: linear heads over hashed features, calibrated, stored as a .npz."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from rempart.detection.categories import ALL_HEADS
from rempart.detection.features import FeatureConfig, Row

FloatArray = npt.NDArray[np.float32]

#: The artifact shipped inside the package.
ARTIFACT_NAME: Final = "model.npz"
#: Bumped when the artifact layout changes; load() refuses other formats.
FORMAT_VERSION: Final = 1


class ModelLoadError(RuntimeError):
    """The model artifact is missing, corrupt, or of an unknown format."""


@dataclass(frozen=True, eq=False)
class LinearModel:
    """Per-head linear scores mapped to calibrated probabilities by Platt scaling."""

    config: FeatureConfig
    heads: tuple[str, ...]
    weights: FloatArray  # (n_features, n_heads)
    bias: FloatArray  # (n_heads,)
    platt_a: FloatArray  # (n_heads,) calibrated p = sigmoid(a * margin + b)
    platt_b: FloatArray  # (n_heads,)
    metadata: dict[str, Any]

    def __post_init__(self) -> None:
        n_heads = len(self.heads)
        if self.weights.shape != (self.config.n_features, n_heads):
            raise ModelLoadError(
                f"weights have shape {self.weights.shape}, "
                f"expected {(self.config.n_features, n_heads)}"
            )
        for name in ("bias", "platt_a", "platt_b"):
            if getattr(self, name).shape != (n_heads,):
                raise ModelLoadError(f"{name} must have one value per head")

    @property
    def version(self) -> str:
        """A short identifier of these exact weights (same artifact, same version)."""
        return str(self.metadata.get("version", "unversioned"))

    def margins(self, features: sp.csr_matrix) -> FloatArray:
        """Uncalibrated linear scores, one row per comment and one column per head."""
        out = features @ self.weights
        return np.asarray(out, dtype=np.float32) + self.bias

    def margins_of_rows(self, rows: Sequence[Row]) -> FloatArray:
        """``margins`` for feature rows given as (columns, values), one comment at a time: the
        weights of its columns are gathered, so scoring one comment builds no sparse matrix."""
        out = np.empty((len(rows), len(self.heads)), dtype=np.float32)
        weights = self.weights
        for i, (cols, vals) in enumerate(rows):
            out[i] = vals @ weights[cols]
        return out + self.bias

    def predict_proba(self, features: sp.csr_matrix) -> FloatArray:
        """Calibrated probabilities, one row per comment and one column per head."""
        return self._calibrated(self.margins(features))

    def predict_proba_rows(self, rows: Sequence[Row]) -> FloatArray:
        """``predict_proba`` for feature rows given as (columns, values)."""
        return self._calibrated(self.margins_of_rows(rows))

    def _calibrated(self, margins: FloatArray) -> FloatArray:
        z = margins * self.platt_a + self.platt_b
        out: FloatArray = (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).astype(np.float32)
        return out

    def save(self, path: Path) -> None:
        """Write the artifact (weights stored as float16 and compressed; no pickle)."""
        meta = {
            "format": FORMAT_VERSION,
            "config": self.config.to_dict(),
            "heads": list(self.heads),
            "metadata": self.metadata,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez_compressed(
                fh,
                meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
                weights=self.weights.astype(np.float16),
                bias=self.bias.astype(np.float32),
                platt_a=self.platt_a.astype(np.float32),
                platt_b=self.platt_b.astype(np.float32),
            )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """Read an artifact written by save(); raises ModelLoadError if it is unusable."""
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode())
                arrays = {k: data[k] for k in ("weights", "bias", "platt_a", "platt_b")}
        except (OSError, KeyError, ValueError) as exc:
            raise ModelLoadError(f"cannot read model artifact {path}: {exc}") from exc
        if meta.get("format") != FORMAT_VERSION:
            raise ModelLoadError(f"model artifact {path} has format {meta.get('format')}")
        heads = tuple(meta["heads"])
        if set(heads) != set(ALL_HEADS):
            raise ModelLoadError(f"model artifact {path} has heads {heads}")
        return cls(
            config=FeatureConfig.from_dict(meta["config"]),
            heads=heads,
            weights=np.ascontiguousarray(arrays["weights"], dtype=np.float32),
            bias=arrays["bias"].astype(np.float32),
            platt_a=arrays["platt_a"].astype(np.float32),
            platt_b=arrays["platt_b"].astype(np.float32),
            metadata=dict(meta.get("metadata", {})),
        )


def weights_digest(weights: FloatArray, bias: FloatArray) -> str:
    """A short content hash of the weights, used as the model version."""
    h = hashlib.sha256()
    h.update(weights.astype(np.float16).tobytes())
    h.update(bias.astype(np.float32).tobytes())
    return h.hexdigest()[:12]


def packaged_artifact() -> Path:
    """Path of the artifact shipped as package data."""
    return Path(str(resources.files("rempart.detection") / "data" / ARTIFACT_NAME))


@lru_cache(maxsize=1)
def default_model() -> LinearModel:
    """The packaged model, loaded once per process (never downloaded)."""
    return LinearModel.load(packaged_artifact())

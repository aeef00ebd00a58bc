"""Where the shipped model files live inside the package."""
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models"
NER_MODEL = "id_simpul_ner.pt"
PRETRAIN = "id_simpul_pretrain.pt"
CHARLM = {"forward": "id_simpul_charlm_forward.pt", "backward": "id_simpul_charlm_backward.pt"}
RESOURCES = "resources.json"  # empty on purpose: see simpul.extract.nlp

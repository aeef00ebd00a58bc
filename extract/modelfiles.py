"""Where the shipped model files live inside the package."""
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models"
NER_MODEL = "id_simpul_ner.pt"
PRETRAIN = "id_simpul_pretrain.pt"
RESOURCES = "resources.json"  # empty on purpose: see simpul.extract.nlp

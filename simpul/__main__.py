from simpul.cli import app

app(prog_name="simpul")

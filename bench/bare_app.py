"""The baseline for the register-read benchmark: a bare FastAPI JSON endpoint, same server and workers."""
from fastapi import FastAPI

app = FastAPI()
DOC = {"bin": "210340012346", "status": "included", "company_name": "ТОО «Производитель»", "region": "Алматы",
       "since": "2026-11-25T10:00:00+00:00", "basis": "application",
       "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "icv_pct": "62.5"}]}


@app.get("/v1/register/{bin}")
async def read(bin: str) -> dict:
    return DOC

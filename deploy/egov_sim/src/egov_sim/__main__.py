"""python -m egov_sim [--port 8090]: run the e-gov simulator."""
import argparse

import uvicorn


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m egov_sim", description="Run the e-gov systems simulator.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8090)
    a = p.parse_args()
    uvicorn.run("egov_sim.app:app", host=a.host, port=a.port, log_level="warning")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs `extract --jsonl` over a JSONL file with Apache Spark (local mode), through RDD.pipe.

    python3 scripts/spark_pipe.py INPUT.jsonl target/release/examples/extract OUTPUT.jsonl

Partitions keep the input order, so OUTPUT equals the single-process output line for line.
"""
import sys
from pyspark import SparkContext
sc = SparkContext("local[2]", "whosaid")
sc.setLogLevel("ERROR")
rdd = sc.textFile(sys.argv[1], minPartitions=4)
out = rdd.pipe(sys.argv[2] + " --jsonl --threads 1 --quiet").collect()
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for line in out:
        f.write(line + "\n")
sc.stop()

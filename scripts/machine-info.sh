#!/usr/bin/env bash
# Prints the description of this machine that goes beside every committed benchmark result.
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "kernel: $(uname -srm)"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "cores: $(nproc) (online), $(lscpu | sed -n 's/^Thread(s) per core: *//p') thread(s) per core"
echo "memory: $(free -h | awk '/^Mem:/{print $2}')"
echo "compiler: $(c++ --version | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

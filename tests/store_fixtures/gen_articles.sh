#!/usr/bin/env bash
# Sourced by the store script tests: writes N small, distinct news-style articles as
# JSON Lines to stdout. Used by the store script tests.
gen_articles() {
  local n=$1
  awk -v n="$n" 'BEGIN {
    split("Kidal Gao Timbuktu Mopti Menaka Segou Bamako Niamey Ouagadougou Djibo", towns, " ");
    split("soldiers militants gunmen police protesters villagers", who, " ");
    for (i = 1; i <= n; i++) {
      t = towns[(i % 10) + 1]; w = who[(i % 6) + 1]; d = 1 + (i % 28);
      printf("{\"id\":\"gen-%05d\",\"source\":\"Outlet %d\",\"published\":\"2023-10-%02d\",", i, i % 7, d);
      printf("\"title\":\"Report %d from %s\",\"text\":\"%s, Oct. %d (Agency) - Armed %s attacked a post near %s on Tuesday, ", i, t, t, d, w, t);
      printf("killing %d people, officials said. The attack was the %dth this month. Residents fled toward the river. ", i % 13, i);
      printf("A spokesman for the regional governor said reinforcements had arrived by evening.\"}\n");
    }
  }'
}

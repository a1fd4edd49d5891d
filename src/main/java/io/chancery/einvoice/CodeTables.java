package io.chancery.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Code → description of every shipped MyInvois code table, loaded once. */
public final class CodeTables {

	private static final Map<CodeTable, Map<String, String>> TABLES = load();

	private CodeTables() {
	}

	public static boolean contains(CodeTable table, String code) {
		return code != null && TABLES.get(table).containsKey(code);
	}

	/** Code → description, in the table's order (for drop-downs). */
	public static Map<String, String> entries(CodeTable table) {
		return TABLES.get(table);
	}

	private static Map<CodeTable, Map<String, String>> load() {
		ObjectMapper mapper = new ObjectMapper();
		Map<CodeTable, Map<String, String>> tables = new EnumMap<>(CodeTable.class);
		for (CodeTable table : CodeTable.values()) {
			try (InputStream in = CodeTables.class.getResourceAsStream(table.resource())) {
				Map<String, String> entries = new LinkedHashMap<>();
				for (JsonNode entry : mapper.readTree(in)) {
					// each table names its description differently ("Description", "State", "Country", …)
					String description = "";
					for (var field : entry.properties()) {
						if (!field.getKey().equals("Code") && description.isEmpty()) {
							description = field.getValue().asText().trim();
						}
					}
					entries.put(entry.get("Code").asText().trim(), description);
				}
				tables.put(table, Collections.unmodifiableMap(entries));
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read " + table.resource(), e);
			}
		}
		return tables;
	}

}

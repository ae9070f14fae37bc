package org.covenantconnects;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * Draws the modules and the dependencies between them, as Spring Modulith sees them, as a
 * Mermaid flowchart (GitHub renders it in the README). The output depends only on the
 * module structure: modules and edges are sorted by identifier, so the same code gives
 * the same bytes every time.
 * <p>
 * The modules every other one reads ({@code places}, {@code platform}, and any declared
 * shared) are left out with their edges, and a line under the picture says so. No other
 * module is named here, so renaming or adding modules needs no change.
 */
final class ModulePicture {

	/** Modules read by nearly everything, left out so the picture stays readable. */
	private static final Set<String> LEFT_OUT = Set.of("places", "platform");

	private final ApplicationModules modules;

	ModulePicture(ApplicationModules modules) {
		this.modules = modules;
	}

	/**
	 * The picture: a fenced Mermaid block, then one line naming what is left out.
	 * @return the Markdown text, ending with a line break
	 */
	String markdown() {
		Set<String> leftOut = leftOut();
		Map<String, ApplicationModule> drawn = new TreeMap<>();
		this.modules.stream()
			.filter((module) -> !leftOut.contains(id(module)))
			.forEach((module) -> drawn.put(id(module), module));

		StringBuilder out = new StringBuilder();
		out.append("```mermaid\n");
		out.append("flowchart TD\n");
		for (ApplicationModule module : drawn.values()) {
			out.append("    ").append(node(module)).append("[\"").append(label(module)).append("\"]\n");
		}
		for (ApplicationModule module : drawn.values()) {
			for (Map.Entry<String, Kind> edge : edges(module, leftOut).entrySet()) {
				out.append("    ").append(node(module)).append(arrow(edge.getValue()));
				out.append(node(drawn.get(edge.getKey()))).append('\n');
			}
		}
		out.append("```\n");
		out.append('\n');
		out.append(leftOutLine(leftOut, drawn.values()));
		return out.toString();
	}

	private Set<String> leftOut() {
		Set<String> leftOut = new TreeSet<>();
		this.modules.stream().map(ModulePicture::id).filter(LEFT_OUT::contains).forEach(leftOut::add);
		this.modules.getSharedModules().stream().map(ModulePicture::id).forEach(leftOut::add);
		return leftOut;
	}

	/**
	 * The modules {@code module} depends on (except those left out), each with whether
	 * the module listens to its events and whether it depends on it in any other way. A
	 * reference to an event type the module listens for counts as listening only.
	 */
	private Map<String, Kind> edges(ApplicationModule module, Set<String> leftOut) {
		List<ApplicationModuleDependency> dependencies = module.getDirectDependencies(this.modules)
			.stream()
			.filter((dependency) -> !leftOut.contains(id(dependency.getTargetModule())))
			.filter((dependency) -> !id(dependency.getTargetModule()).equals(id(module)))
			.toList();
		Set<String> events = dependencies.stream()
			.filter((dependency) -> dependency.getDependencyType() == DependencyType.EVENT_LISTENER)
			.map((dependency) -> dependency.getTargetType().getName())
			.collect(Collectors.toSet());
		Map<String, Kind> edges = new TreeMap<>();
		for (ApplicationModuleDependency dependency : dependencies) {
			boolean listens = events.contains(dependency.getTargetType().getName());
			edges.merge(id(dependency.getTargetModule()), new Kind(listens, !listens), Kind::and);
		}
		return edges;
	}

	/**
	 * A solid arrow when the module depends on the other; dotted when it only listens.
	 */
	private static String arrow(Kind kind) {
		if (!kind.otherwise()) {
			return " -.->|listens to events| ";
		}
		return kind.listens() ? " -->|also listens to events| " : " --> ";
	}

	/**
	 * How one module depends on another.
	 *
	 * @param listens it listens to events the other publishes
	 * @param otherwise it calls the other or uses its types in some other way
	 */
	private record Kind(boolean listens, boolean otherwise) {

		Kind and(Kind other) {
			return new Kind(this.listens || other.listens, this.otherwise || other.otherwise);
		}

	}

	private String leftOutLine(Set<String> leftOut, Collection<ApplicationModule> drawn) {
		String arrows = "An arrow points from a module to one it depends on: it calls it or uses its types;"
				+ " a dotted arrow, one whose events it only listens to.";
		if (leftOut.isEmpty()) {
			return arrows + "\n";
		}
		long readers = drawn.stream()
			.filter((module) -> module.getDirectDependencies(this.modules)
				.stream()
				.map((dependency) -> id(dependency.getTargetModule()))
				.anyMatch(leftOut::contains))
			.count();
		String names = leftOut.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(" and "));
		return arrows + " Not drawn, to keep the picture readable: " + names + ", shared modules that " + readers
				+ " of the " + drawn.size() + " modules above depend on.\n";
	}

	private static String id(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	/** A Mermaid node id: the identifier with anything but letters and digits as "_". */
	private static String node(ApplicationModule module) {
		return "m_" + id(module).replaceAll("[^A-Za-z0-9]", "_");
	}

	private static String label(ApplicationModule module) {
		String id = id(module);
		String name = module.getDisplayName();
		String text = (name == null || name.isBlank() || name.equalsIgnoreCase(id)) ? id : name + " (" + id + ")";
		return text.replace("\"", "#quot;");
	}

}

package dev.autolab.export.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small builder of ONNX graphs over the protobuf classes that {@code tribuo-util-onnx} ships:
 * typed inputs and outputs, initializers, and nodes with attributes. Node and tensor names are made
 * unique by a counter, so a family's writer reads as the sequence of its operations.
 *
 * <p>Graphs use opset {@value #OPSET} of the default domain (the one all-MiniLM-L6-v2's encoder was
 * exported at, so the merged graph needs one opset) and version 1 of {@code ai.onnx.ml}.
 */
public final class Graph {
  public static final int OPSET = 11;
  public static final int IR_VERSION = 7;
  public static final String ML_DOMAIN = "ai.onnx.ml";
  public static final String MS_DOMAIN = "com.microsoft";

  private final GraphProto.Builder graph;
  private final Map<String, Integer> domains = new LinkedHashMap<>();
  private int counter;

  public Graph(String name) {
    this(GraphProto.newBuilder().setName(name));
  }

  private Graph(GraphProto.Builder graph) {
    this.graph = graph;
    domains.put("", OPSET);
  }

  /** A graph to extend: the graph of {@code model}, with its opsets. */
  public static Graph extend(ModelProto model) {
    Graph g = new Graph(model.getGraph().toBuilder());
    for (OperatorSetIdProto op : model.getOpsetImportList()) {
      g.domains.put(op.getDomain(), (int) op.getVersion());
    }
    return g;
  }

  /** Declares a graph input; {@code -1} in {@code dims} is a named symbolic dimension. */
  public String input(String name, TensorProto.DataType type, long... dims) {
    graph.addInput(valueInfo(name, type, dims));
    return name;
  }

  /** Declares a graph output produced by some node. */
  public void output(String name, TensorProto.DataType type, long... dims) {
    graph.addOutput(valueInfo(name, type, dims));
  }

  /**
   * Declares the type of an intermediate value, for operators whose output type the reference
   * checker's shape inference does not derive (such as {@code TreeEnsembleRegressor} in ONNX 1.12).
   */
  public void type(String name, TensorProto.DataType type, long... dims) {
    graph.addValueInfo(valueInfo(name, type, dims));
  }

  private static ValueInfoProto valueInfo(String name, TensorProto.DataType type, long... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (int i = 0; i < dims.length; i++) {
      TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
      if (dims[i] < 0) {
        d.setDimParam(i == 0 ? "batch" : "d" + i);
      } else {
        d.setDimValue(dims[i]);
      }
      shape.addDim(d);
    }
    TypeProto t =
        TypeProto.newBuilder()
            .setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(type.getNumber()).setShape(shape))
            .build();
    return ValueInfoProto.newBuilder().setName(name).setType(t).build();
  }

  /** A float32 initializer. */
  public String floats(String name, float[] values, long... dims) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(values);
    return raw(name, TensorProto.DataType.FLOAT, buffer.array(), dims);
  }

  /** An int64 initializer. */
  public String longs(String name, long[] values, long... dims) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asLongBuffer().put(values);
    return raw(name, TensorProto.DataType.INT64, buffer.array(), dims);
  }

  /** An initializer of raw little-endian bytes. */
  public String raw(String name, TensorProto.DataType type, byte[] bytes, long... dims) {
    String unique = unique(name);
    TensorProto.Builder t =
        TensorProto.newBuilder()
            .setName(unique)
            .setDataType(type.getNumber())
            .setRawData(ByteString.copyFrom(bytes));
    for (long d : dims) {
      t.addDims(d);
    }
    graph.addInitializer(t);
    return unique;
  }

  /** A scalar float32 initializer. */
  public String scalar(String name, float value) {
    return floats(name, new float[] {value});
  }

  /** Adds a node of the default domain with one output; returns that output's name. */
  public String op(String type, String[] inputs, Object... attributes) {
    return opIn("", type, inputs, 1, attributes)[0];
  }

  /** Adds a node of {@code domain} with {@code outputs} outputs. */
  public String[] opIn(
      String domain, String type, String[] inputs, int outputs, Object... attributes) {
    String[] names = new String[outputs];
    for (int i = 0; i < outputs; i++) {
      names[i] = unique(type.toLowerCase() + "_out");
    }
    node(domain, type, inputs, names, attributes);
    return names;
  }

  /**
   * Adds a node writing the given outputs. {@code attributes} alternate names and values: {@code
   * Long}/{@code Integer}, {@code Float}/{@code Double}, {@code String}, {@code long[]}, {@code
   * float[]}, {@code String[]}.
   */
  public void node(
      String domain, String type, String[] inputs, String[] outputs, Object... attributes) {
    NodeProto.Builder node =
        NodeProto.newBuilder().setOpType(type).setName(unique(type)).setDomain(domain);
    for (String in : inputs) {
      node.addInput(in);
    }
    for (String out : outputs) {
      node.addOutput(out);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      node.addAttribute(attribute((String) attributes[i], attributes[i + 1]));
    }
    graph.addNode(node);
    if (domain.equals(ML_DOMAIN)) {
      domains.putIfAbsent(ML_DOMAIN, 1);
    } else if (domain.equals(MS_DOMAIN)) {
      domains.putIfAbsent(MS_DOMAIN, 1);
    }
  }

  static AttributeProto attribute(String name, Object value) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
    if (value instanceof Integer || value instanceof Long) {
      a.setType(AttributeProto.AttributeType.INT).setI(((Number) value).longValue());
    } else if (value instanceof Float || value instanceof Double) {
      a.setType(AttributeProto.AttributeType.FLOAT).setF(((Number) value).floatValue());
    } else if (value instanceof String s) {
      a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(s));
    } else if (value instanceof long[] longs) {
      a.setType(AttributeProto.AttributeType.INTS);
      for (long v : longs) {
        a.addInts(v);
      }
    } else if (value instanceof float[] floats) {
      a.setType(AttributeProto.AttributeType.FLOATS);
      for (float v : floats) {
        a.addFloats(v);
      }
    } else if (value instanceof TensorProto tensor) {
      a.setType(AttributeProto.AttributeType.TENSOR).setT(tensor);
    } else if (value instanceof String[] strings) {
      a.setType(AttributeProto.AttributeType.STRINGS);
      for (String v : strings) {
        a.addStrings(ByteString.copyFromUtf8(v));
      }
    } else {
      throw new IllegalArgumentException("unsupported attribute " + name + ": " + value);
    }
    return a.build();
  }

  private String unique(String base) {
    // A prefix no exporter of the MiniLM encoder uses, so merged graphs keep unique names.
    return "al/" + base + "_" + counter++;
  }

  /** The model: this graph with its opsets and a producer name. */
  public ModelProto model(String docString) {
    ModelProto.Builder model =
        ModelProto.newBuilder()
            .setIrVersion(IR_VERSION)
            .setProducerName("autolab")
            .setProducerVersion("1")
            .setDocString(docString)
            .setGraph(graph);
    domains.forEach(
        (domain, version) ->
            model.addOpsetImport(
                OperatorSetIdProto.newBuilder().setDomain(domain).setVersion(version)));
    return model.build();
  }

  /** The graph under construction, for rewrites that need to see what is there. */
  public GraphProto.Builder proto() {
    return graph;
  }
}
